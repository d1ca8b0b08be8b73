// zedu-silo: a silo of the Zhuzhou.Education.Domain cluster, or a client of one, on this machine.
//
//   dotnet run --project src/Zhuzhou.Education.Domain.Orleans.Host                      a silo (memory storage)
//   dotnet run --project src/Zhuzhou.Education.Domain.Orleans.Host -- --postgres "Host=…" a silo on PostgreSQL
//   dotnet run --project src/Zhuzhou.Education.Domain.Orleans.Host -- --instance 1       a second silo beside it
//   dotnet run --project src/Zhuzhou.Education.Domain.Orleans.Host -- client             the client sample
//
// Localhost clustering: silo n listens on 11111+n (gateway 30000+n); silo 0 is the primary.
using Zhuzhou.Education.Domain.Orleans.Host;

return await SiloHost.RunAsync(args);
