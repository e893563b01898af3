"""Screens of the terminal app: welcome, design, help, and the modals they use."""
