namespace Medborgarlofte.Json.Shapes;

/// <summary>Makes a record from the values read for it, taking them in the order its shape declares them.</summary>
internal delegate T ShapeBuild<out T>(FieldValues values);
