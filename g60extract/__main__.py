from g60extract.cli import main

main()
