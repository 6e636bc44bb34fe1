"""The wire between a device and the branch hub: one pydantic model per command and its version."""
