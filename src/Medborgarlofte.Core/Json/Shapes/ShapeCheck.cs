namespace Medborgarlofte.Json.Shapes;

/// <summary>A rule of one shape beyond required properties (a quantitative target's four parts); reports and returns false when broken.</summary>
internal delegate bool ShapeCheck(FieldValues values, ReadContext c);
