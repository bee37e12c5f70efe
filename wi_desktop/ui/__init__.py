"""Qt widgets: turn keystrokes into use cases and repaint from what they return."""
