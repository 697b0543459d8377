using System;

namespace Medborgarlofte.Schema;

/// <summary>Which kinds of instance a keyword looks at; other kinds pass it without a call.</summary>
[Flags]
internal enum InstanceKinds
{
    /// <summary>No kind.</summary>
    None = 0,

    /// <summary>JSON objects.</summary>
    Object = 1,

    /// <summary>JSON arrays.</summary>
    Array = 2,

    /// <summary>JSON strings.</summary>
    String = 4,

    /// <summary>JSON numbers.</summary>
    Number = 8,

    /// <summary>true and false.</summary>
    Boolean = 16,

    /// <summary>null.</summary>
    Null = 32,

    /// <summary>Every kind.</summary>
    All = Object | Array | String | Number | Boolean | Null,
}
