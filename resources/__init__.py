"""Text a person might want to change (prompts, triggers, coping ideas, crisis lines), shipped as TOML."""
