from newsx.cli import main

main()
