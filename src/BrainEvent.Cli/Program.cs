using BrainEvent.Cli;

return CliApp.Run(args);
