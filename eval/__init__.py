"""The evaluation corpus and the scripts that fit and measure the engine on it (not shipped)."""
