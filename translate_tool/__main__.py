"""`python -m translate_tool`: the same command as `translate-tool`."""

from translate_tool.cli import main

if __name__ == "__main__":
    main(prog_name="translate-tool")
