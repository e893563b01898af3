"""The Textual terminal app. Only this package (and the launch in commands/open.py) imports
textual; everything it shows comes from the model and the headless core."""
