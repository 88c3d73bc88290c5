using Wharf.Cli;

return await WharfCli.RunAsync(args, CliIO.FromConsole(), CancellationToken.None);
