using System.Collections.Generic;

namespace Medborgarlofte.SchemaCodeGenerator;

/// <summary>One method of a compiled check, as the emitter wrote it: its summary line and its code.</summary>
internal sealed class GeneratedMethod(string name, string summary, string location, string code)
{
    /// <summary>Gets the method's name (<c>N12</c>, <c>N12Name</c>, <c>O12</c>, <c>S12</c> or <c>E12</c>).</summary>
    public string Name { get; } = name;

    /// <summary>Gets the summary line, which names the schema location the method checks.</summary>
    public string Summary { get; } = summary;

    /// <summary>Gets the schema location of the summary, as <c>&lt;c&gt;…&lt;/c&gt;</c>.</summary>
    public string Location { get; } = location;

    /// <summary>Gets the other locations whose checks were merged into this method.</summary>
    public List<string> AlsoChecks { get; } = [];

    /// <summary>Gets or sets the signature and body.</summary>
    public string Code { get; set; } = code;

    /// <summary>Gets or sets a value indicating whether another generated class calls the method (so it is internal).</summary>
    public bool CalledFromOtherClass { get; set; }
}
