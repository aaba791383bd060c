using BrainEvent.Cli;
using BrainEvent.Distributed;

// Under mpirun every rank runs the command line; MPI is initialized around it and finalized after (a failure on
// one rank ends them all).
return MpiCommunicator.IsLaunchedByMpi ? MpiCommunicator.Run(_ => CliApp.Run(args)) : CliApp.Run(args);
