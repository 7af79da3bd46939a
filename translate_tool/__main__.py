from translate_tool.cli import main

main()
