collect_ignore = ["lib/__main__.py"]
