namespace Medborgarlofte.Schema;

/// <summary>The formats this evaluator asserts; every other format is an annotation only.</summary>
internal enum AssertedFormat
{
    /// <summary>RFC 3339 full-date.</summary>
    Date,

    /// <summary>RFC 3339 date-time.</summary>
    DateTime,

    /// <summary>RFC 3339 full-time.</summary>
    Time,

    /// <summary>RFC 5321 mailbox.</summary>
    Email,

    /// <summary>RFC 3986 absolute URI.</summary>
    Uri,

    /// <summary>RFC 4122 UUID.</summary>
    Uuid,
}
