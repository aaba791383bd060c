using BrainEvent.Cli;

return CliApp.Create().Run(args);
