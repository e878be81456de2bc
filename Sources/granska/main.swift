import GranskaCLI

// The executable is a thin shell: everything happens in GranskaCLI.
let status = GranskaCommand.main(arguments: Array(CommandLine.arguments.dropFirst()))
exitProcess(status)
