namespace Medborgarlofte.Revisions;

/// <summary>The codes and bilingual labels of change kinds and areas, for the Markdown and JSON outputs.</summary>
internal static class ChangeCodes
{
    internal static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    internal static string KindLabel(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Tillagt / Added",
        ChangeKind.Removed => "Borttaget / Removed",
        _ => "Ändrat / Changed",
    };

    internal static string Area(ChangeArea area) => area switch
    {
        ChangeArea.Parties => "parties",
        ChangeArea.Validity => "validity",
        ChangeArea.PriorityAreas => "priorityAreas",
        ChangeArea.Commitments => "commitments",
        ChangeArea.Targets => "targets",
        ChangeArea.Signatures => "signatures",
        ChangeArea.Revision => "revision",
        _ => "other",
    };

    internal static string AreaLabel(ChangeArea area) => area switch
    {
        ChangeArea.Parties => "Parter / Parties",
        ChangeArea.Validity => "Giltighetstid / Validity",
        ChangeArea.PriorityAreas => "Fokusområden / Priority areas",
        ChangeArea.Commitments => "Löften / Commitments",
        ChangeArea.Targets => "Mål / Targets",
        ChangeArea.Signatures => "Underskrifter / Signatures",
        ChangeArea.Revision => "Revidering / Revision",
        _ => "Övrigt / Other",
    };
}
