"""Source documents: files in seeds/ with YAML front matter, read into `Document`s."""
