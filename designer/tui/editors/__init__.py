"""Rich editors for the parts of a design that a plain question cannot hold."""
