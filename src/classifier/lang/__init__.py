"""Language packs: everything one language needs, in one package per language."""
