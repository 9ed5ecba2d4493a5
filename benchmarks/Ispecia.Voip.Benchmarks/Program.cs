using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Ispecia.Voip.Benchmarks -- --filter '*' (see benchmarks/README.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
