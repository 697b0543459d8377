namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// A check of a value that read, named by a property's declaration (a format, a bound): reports what is wrong at the
/// context's pointer and returns false, and the value then counts as unread.
/// </summary>
internal delegate bool ValueCheck<in TValue>(TValue value, ReadContext c);
