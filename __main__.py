from newsx.cli.app import main

main()
