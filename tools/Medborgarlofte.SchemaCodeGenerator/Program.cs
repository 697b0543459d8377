using System;
using System.IO;
using Medborgarlofte.SchemaCodeGenerator;

// Usage, from the repository's root:
//   dotnet run --project tools/Medborgarlofte.SchemaCodeGenerator -f net10.0 -p:WithoutCompiledSchemaChecks=true            writes the files
//   dotnet run --project tools/Medborgarlofte.SchemaCodeGenerator -f net10.0 -p:WithoutCompiledSchemaChecks=true -- --check exit 1 when one is stale
var check = args.Length > 0 && args[0] == "--check";
var stale = 0;
foreach (var (fileName, text) in CompiledSchemaFiles.Generate())
{
    var path = Path.Combine(CompiledSchemaFiles.Folder, fileName);
    var current = File.Exists(path) ? File.ReadAllText(path) : null;
    if (string.Equals(current, text, StringComparison.Ordinal))
    {
        Console.WriteLine("up to date: " + path);
        continue;
    }

    stale++;
    if (check)
    {
        Console.WriteLine("stale: " + path);
        continue;
    }

    File.WriteAllText(path, text);
    Console.WriteLine("written: " + path);
}

return check && stale > 0 ? 1 : 0;
