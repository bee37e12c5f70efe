"""The domain of a working interview, free of any GUI toolkit."""
