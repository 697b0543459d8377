using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Medborgarlofte.FollowUp;
using NodaTime;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// Maps the sheets of a filled-in follow-up template to a follow-up document of the agreement. Every cell that is not
/// what its column holds is an error with its cell (MI3xxx); rows without data are skipped; nothing else is left out
/// or guessed. Records the cell of every field written, so the validation's diagnostics can be placed in the sheet.
/// </summary>
internal sealed class FollowUpSheetReader
{
    private static readonly string[] CommitmentData = [SheetLayout.Status, SheetLayout.CommentSwedish, SheetLayout.CommentEnglish];
    private static readonly string[] TargetData = [SheetLayout.Date, SheetLayout.From, SheetLayout.To, SheetLayout.Value, SheetLayout.NoteSwedish, SheetLayout.NoteEnglish, SheetLayout.Evidence];
    private static readonly string[] IndicatorData = [SheetLayout.Year, SheetLayout.Value, SheetLayout.Source, SheetLayout.NoteSwedish, SheetLayout.NoteEnglish];

    private readonly Agreement _agreement;
    private readonly HashSet<string> _commitmentIds;
    private readonly HashSet<string> _targetIds;
    private readonly HashSet<string> _goalIds;
    private readonly bool _date1904;
    private readonly List<SheetDiagnostic> _diagnostics;
    private readonly Dictionary<string, SheetCell> _cells;

    private FollowUpSheetReader(Agreement agreement, bool date1904, List<SheetDiagnostic> diagnostics, Dictionary<string, SheetCell> cells)
    {
        _agreement = agreement;
        _commitmentIds = agreement.Commitments.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        _targetIds = agreement.Commitments.SelectMany(c => c.Targets).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        _goalIds = agreement.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        _date1904 = date1904;
        _diagnostics = diagnostics;
        _cells = cells;
    }

    // The follow-up, or null when a cell was wrong (each in diagnostics); cells gets the cell of each JSON Pointer written.
    internal static FollowUpDocument? Read(IReadOnlyList<GridSheet> sheets, Agreement agreement, bool date1904, List<SheetDiagnostic> diagnostics, Dictionary<string, SheetCell> cells)
    {
        var reader = new FollowUpSheetReader(agreement, date1904, diagnostics, cells);
        var document = reader.Read(sheets);
        return diagnostics.Exists(d => d.Diagnostic.Severity == DiagnosticSeverity.Error) ? null : document;
    }

    private FollowUpDocument? Read(IReadOnlyList<GridSheet> sheets)
    {
        GridSheet? Find(string name) => sheets.FirstOrDefault(s => s.Name.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        foreach (var other in sheets.Where(s => !SheetLayout.SheetNames.Contains(s.Name.Trim(), StringComparer.OrdinalIgnoreCase) && s.Rows.Count > 0))
        {
            // A workbook may have a sheet of one's own notes (a warning: it is not read); in a CSV file a record must
            // name one of the template's sheets, or its cells would be lost.
            _diagnostics.Add(other.At.Sheet is null
                ? new SheetDiagnostic(SheetDiagnostics.Error(ImportCodes.CellOutsideTable,
                    $"Raden börjar inte med ett av mallens blad ({string.Join(", ", SheetLayout.SheetNames)}) utan med \"{other.Name}\".",
                    $"The record does not start with one of the template's sheets ({string.Join(", ", SheetLayout.SheetNames)}) but with \"{other.Name}\"."), other.Rows[0].At)
                : new SheetDiagnostic(SheetDiagnostics.Warning(ImportCodes.CellOutsideTable,
                    $"Bladet {other.Name} hör inte till mallen och läses inte.", $"The sheet {other.Name} is not part of the template and is not read."), other.Rows[0].At));
        }

        if (Find(SheetLayout.DocumentSheet) is not { } documentSheet)
        {
            Fail(ImportCodes.NotAFollowUpSheet, null,
                $"Bladet {SheetLayout.DocumentSheet} saknas: filen är inte en uppföljningsmall (skapa den med followup-template).",
                $"The sheet {SheetLayout.DocumentSheet} is missing: the file is not a follow-up template (make one with followup-template).");
            return null;
        }

        var document = ReadDocument(documentSheet);
        var commitmentIds = new HashSet<string>(StringComparer.Ordinal);
        var commitments = Rows(Find(SheetLayout.CommitmentSheet), SheetLayout.CommitmentSheet, [SheetLayout.CommitmentId, SheetLayout.Status], CommitmentData, "commitments",
            (table, row, pointer) => Commitment(table, row, pointer, commitmentIds));
        var measurements = new HashSet<string>(StringComparer.Ordinal);
        var observations = Rows(Find(SheetLayout.TargetSheet), SheetLayout.TargetSheet, [SheetLayout.TargetId, SheetLayout.Date, SheetLayout.Value], TargetData, "observations",
            (table, row, pointer) => Observation(table, row, pointer, measurements));
        var years = new HashSet<(string, int)>();
        var indicators = Rows(Find(SheetLayout.IndicatorSheet), SheetLayout.IndicatorSheet, [SheetLayout.GoalId, SheetLayout.Year, SheetLayout.Value], IndicatorData, "indicatorObservations",
            (table, row, pointer) => Indicator(table, row, pointer, years));
        return document is null ? null : document with
        {
            Commitments = [.. commitments],
            Observations = [.. observations],
            IndicatorObservations = [.. indicators],
        };
    }

    private FollowUpDocument? ReadDocument(GridSheet sheet)
    {
        if (SheetTable.Open(sheet, SheetLayout.DocumentSheet, [SheetLayout.FieldName, SheetLayout.FieldValue], _diagnostics) is not { } table)
        {
            return null;
        }

        var fields = new Dictionary<string, (GridCell Name, GridCell? Value)>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var name = table.Cell(row, SheetLayout.FieldName);
            var value = table.Cell(row, SheetLayout.FieldValue);
            var field = name is null ? null : SheetLayout.DocumentFields.FirstOrDefault(f => SheetLayout.Names(name.Text, f));
            if (field is null)
            {
                if (value is not null)
                {
                    Fail(ImportCodes.CellOutsideTable, value.At,
                        $"Ett värde på en rad utan känt fältnamn ({name?.Text.Trim() ?? "tomt"}).", $"A value on a row without a known field name ({name?.Text.Trim() ?? "empty"}).");
                }

                continue;
            }

            if (!fields.TryAdd(field, (name!, value)))
            {
                Fail(ImportCodes.DuplicateRow, name!.At, $"Fältet {field} står två gånger.", $"The field {field} is given twice.");
            }
        }

        GridCell? Get(string field) => fields.TryGetValue(field, out var f) ? f.Value : null;
        GridCell? RequiredField(string field, string pointer) => Required(Get(field), field, pointer, fields.TryGetValue(field, out var f) ? f.Name.At : sheet.At);
        var id = RequiredField(SheetLayout.Id, "/id");
        var version = RequiredField(SheetLayout.FormatVersion, "/formatVersion");
        var agreementId = RequiredField(SheetLayout.Agreement, "/agreement/id");
        if (agreementId is not null && agreementId.Text.Trim() != _agreement.Id)
        {
            Fail(ImportCodes.OtherAgreement, agreementId.At,
                $"Bladet gäller medborgarlöftet {agreementId.Text.Trim()}, inte {_agreement.Id}.", $"The sheet is of the agreement {agreementId.Text.Trim()}, not {_agreement.Id}.");
        }

        var revisionCell = RequiredField(SheetLayout.Revision, "/agreement/revision");
        var revision = 0;
        if (revisionCell is not null && !CellReading.TryWhole(revisionCell, out revision))
        {
            Fail(ImportCodes.CellNotANumber, revisionCell.At, $"Revisionen är inte ett heltal: {revisionCell.Text.Trim()}.", $"The revision is not a whole number: {revisionCell.Text.Trim()}.");
        }
        else if (revisionCell is not null && revision != _agreement.Revision.Number)
        {
            Fail(ImportCodes.OtherAgreement, revisionCell.At,
                $"Bladet gäller revision {revision}, medborgarlöftet är revision {_agreement.Revision.Number}.", $"The sheet is of revision {revision}; the agreement is revision {_agreement.Revision.Number}.");
        }

        var asOfCell = RequiredField(SheetLayout.AsOf, "/asOf");
        var asOf = asOfCell is null ? default : Date(asOfCell) ?? default;
        var reportedBy = new List<string>();
        if (Get(SheetLayout.ReportedBy) is { } reporters)
        {
            _cells["/reportedBy"] = reporters.At;
            foreach (var party in reporters.Text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!_agreement.Parties.Any(p => p.Id == party))
                {
                    Fail(ImportCodes.UnknownReference, reporters.At, $"Medborgarlöftet har ingen part med id {party}.", $"The agreement has no party with the id {party}.");
                }

                reportedBy.Add(party);
            }
        }

        var illustrative = false;
        if (Get(SheetLayout.Illustrative) is { } illustrativeCell)
        {
            _cells["/illustrative"] = illustrativeCell.At;
            if (!CellReading.TryYesNo(illustrativeCell, out illustrative))
            {
                Fail(ImportCodes.InvalidCell, illustrativeCell.At, $"Skriv ja eller nej, inte {illustrativeCell.Text.Trim()}.", $"Write yes or no, not {illustrativeCell.Text.Trim()}.");
            }
        }

        var note = Text(Get(SheetLayout.NoteSwedish), Get(SheetLayout.NoteEnglish), "/note");
        if (id is null || version is null || agreementId is null || asOfCell is null)
        {
            return null;
        }

        return new FollowUpDocument
        {
            FormatVersion = version.Text.Trim(),
            Id = id.Text.Trim(),
            Agreement = new DocumentReference { Id = agreementId.Text.Trim(), Revision = revision },
            AsOf = asOf,
            ReportedBy = [.. reportedBy],
            Illustrative = illustrative,
            Note = note,
        };
    }

    /// <summary>The rows of a sheet that hold data, each read by <paramref name="read"/> with the JSON Pointer its item gets; none when the sheet is missing or not a template's.</summary>
    private List<T> Rows<T>(GridSheet? sheet, string layout, string[] required, string[] data, string array, Func<SheetTable, GridRow, string, T?> read)
        where T : class
    {
        var items = new List<T>();
        if (sheet is null || SheetTable.Open(sheet, layout, required, _diagnostics) is not { } table)
        {
            return items;
        }

        foreach (var row in table.Rows)
        {
            var pointer = "/" + array + "/" + items.Count.ToString(CultureInfo.InvariantCulture);
            if (table.HasAny(row, data) && read(table, row, pointer) is { } item)
            {
                _cells[pointer] = row.At;
                items.Add(item);
            }
        }

        return items;
    }

    private CommitmentProgress? Commitment(SheetTable table, GridRow row, string pointer, HashSet<string> seen)
    {
        var id = Reference(table.Cell(row, SheetLayout.CommitmentId), row, pointer + "/commitment", "åtagande", "commitment", _commitmentIds);
        var statusCell = table.Cell(row, SheetLayout.Status);
        CommitmentStatus? status = null;
        if (statusCell is null)
        {
            Fail(ImportCodes.IncompleteRow, row.At, "En kommentar utan status; välj en status.", "A comment without a status; choose a status.");
        }
        else if ((status = Status(statusCell.Text)) is null)
        {
            var names = string.Join(", ", Enum.GetValues<CommitmentStatus>().Select(s => StateNames.Of(s).Swedish));
            Fail(ImportCodes.UnknownStatus, statusCell.At,
                $"Statusen {statusCell.Text.Trim()} finns inte i kodlistan ({names}).",
                $"The status {statusCell.Text.Trim()} is not in the code list ({string.Join(", ", Enum.GetValues<CommitmentStatus>().Select(s => StateNames.Of(s).English))}).");
        }

        var comment = Text(table.Cell(row, SheetLayout.CommentSwedish), table.Cell(row, SheetLayout.CommentEnglish), pointer + "/comment");
        if (id is not null && !seen.Add(id))
        {
            Fail(ImportCodes.DuplicateRow, row.At, $"Åtagandet {id} har redan en rad.", $"The commitment {id} already has a row.");
        }

        if (id is null || status is not { } s)
        {
            return null;
        }

        Place(statusCell, pointer + "/status");
        return new CommitmentProgress { Commitment = id, Status = s, Comment = comment };
    }

    private TargetObservation? Observation(SheetTable table, GridRow row, string pointer, HashSet<string> seen)
    {
        var id = Reference(table.Cell(row, SheetLayout.TargetId), row, pointer + "/target", "mål", "target", _targetIds);
        var dateCell = table.Cell(row, SheetLayout.Date);
        var fromCell = table.Cell(row, SheetLayout.From);
        var toCell = table.Cell(row, SheetLayout.To);
        var valueCell = table.Cell(row, SheetLayout.Value);
        var date = dateCell is null ? null : Date(dateCell);
        var from = fromCell is null ? null : Date(fromCell);
        var to = toCell is null ? null : Date(toCell);
        var value = valueCell is null ? null : Number(valueCell, pointer + "/value");
        var complete = true;
        if (valueCell is null)
        {
            complete = Fail(ImportCodes.IncompleteRow, row.At, "Raden har inget värde: skriv hur många som gjordes.", "The row has no value: write how many were done.");
        }

        if (dateCell is not null && (fromCell is not null || toCell is not null))
        {
            complete = Fail(ImportCodes.IncompleteRow, dateCell.At, "Raden har både ett datum och en period; skriv det ena.", "The row has both a date and a period; write one of them.");
        }
        else if (dateCell is null && (fromCell is null || toCell is null))
        {
            complete = Fail(ImportCodes.IncompleteRow, fromCell?.At ?? toCell?.At ?? row.At,
                "Raden saknar datum (eller periodens från- och till-datum).", "The row lacks a date (or the period's from and to dates).");
        }
        else if (from is { } f && to is { } t && t < f)
        {
            complete = Fail(ImportCodes.IncompleteRow, toCell!.At, $"Perioden slutar ({t:uuuu-MM-dd}) före den börjar ({f:uuuu-MM-dd}).", $"The period ends ({t:uuuu-MM-dd}) before it starts ({f:uuuu-MM-dd}).");
        }

        var note = Text(table.Cell(row, SheetLayout.NoteSwedish), table.Cell(row, SheetLayout.NoteEnglish), pointer + "/note");
        var evidenceCell = table.Cell(row, SheetLayout.Evidence);
        var evidence = evidenceCell?.Text.Trim();
        if (id is null || value is null || !complete || (date is null && (from is null || to is null)))
        {
            return null;
        }

        var observation = new TargetObservation
        {
            Target = id,
            Date = date,
            Period = date is null ? new DateInterval(from!.Value, to!.Value) : null,
            Value = value.Value,
            Note = note,
            Evidence = evidence,
        };
        if (!seen.Add(string.Join("\u0000", id, date, from, to, value, note?.Swedish, note?.English, evidence)))
        {
            Fail(ImportCodes.DuplicateRow, row.At, $"Samma mätning av {id} står redan på en rad ovanför.", $"The same measurement of {id} is already on a row above.");
            return null;
        }

        Place(dateCell, pointer + "/date");
        Place(fromCell, pointer + "/period");
        Place(evidenceCell, pointer + "/evidence");
        return observation;
    }

    private IndicatorObservation? Indicator(SheetTable table, GridRow row, string pointer, HashSet<(string, int)> seen)
    {
        var id = Reference(table.Cell(row, SheetLayout.GoalId), row, pointer + "/goal", "effektmål", "goal", _goalIds);
        var yearCell = table.Cell(row, SheetLayout.Year);
        var valueCell = table.Cell(row, SheetLayout.Value);
        var year = 0;
        var yearRead = yearCell is not null && CellReading.TryWhole(yearCell, out year);
        if (yearCell is null)
        {
            Fail(ImportCodes.IncompleteRow, row.At, "Raden har inget år.", "The row has no year.");
        }
        else if (!yearRead)
        {
            Fail(ImportCodes.CellNotANumber, yearCell.At, $"Året är inte ett heltal: {yearCell.Text.Trim()}.", $"The year is not a whole number: {yearCell.Text.Trim()}.");
        }

        if (valueCell is null)
        {
            Fail(ImportCodes.IncompleteRow, row.At, "Raden har inget värde.", "The row has no value.");
        }

        var value = valueCell is null ? null : Number(valueCell, pointer + "/value");
        var note = Text(table.Cell(row, SheetLayout.NoteSwedish), table.Cell(row, SheetLayout.NoteEnglish), pointer + "/note");
        if (id is null || !yearRead || value is null)
        {
            return null;
        }

        if (!seen.Add((id, year)))
        {
            Fail(ImportCodes.DuplicateRow, row.At, $"Effektmålet {id} har redan ett värde för {year}.", $"The goal {id} already has a value for {year}.");
            return null;
        }

        Place(yearCell, pointer + "/year");
        var sourceCell = table.Cell(row, SheetLayout.Source);
        Place(sourceCell, pointer + "/source");
        return new IndicatorObservation { Goal = id, Year = year, Value = value.Value, Source = sourceCell?.Text.Trim(), Note = note };
    }

    /// <summary>The id in a row's id cell when the agreement has it; an empty cell on a row with data is MI3004, an unknown id MI3003.</summary>
    private string? Reference(GridCell? cell, GridRow row, string pointer, string swedish, string english, HashSet<string> known)
    {
        if (cell is null)
        {
            Fail(ImportCodes.RowWithoutReference, row.At, $"Raden har värden men inget {swedish}-id.", $"The row has values but no {english} id.");
            return null;
        }

        var id = cell.Text.Trim();
        if (!known.Contains(id))
        {
            Fail(ImportCodes.UnknownReference, cell.At, $"Medborgarlöftet har inget {swedish} med id {id}.", $"The agreement has no {english} with the id {id}.");
            return null;
        }

        Place(cell, pointer);
        return id;
    }

    private GridCell? Required(GridCell? cell, string field, string pointer, SheetCell at)
    {
        if (cell is null)
        {
            Fail(ImportCodes.MissingField, at, $"Fältet {field} är tomt; det behövs i en uppföljning.", $"The field {field} is empty; a follow-up needs it.");
            return null;
        }

        Place(cell, pointer);
        return cell;
    }

    private LocalDate? Date(GridCell cell)
    {
        if (CellReading.TryDate(cell, _date1904, out var date))
        {
            return date;
        }

        Fail(ImportCodes.CellNotADate, cell.At, $"Inte ett datum: {cell.Text.Trim()}; skriv ÅÅÅÅ-MM-DD.", $"Not a date: {cell.Text.Trim()}; write YYYY-MM-DD.");
        return null;
    }

    private decimal? Number(GridCell cell, string pointer)
    {
        if (CellReading.TryNumber(cell, out var value))
        {
            Place(cell, pointer);
            return value;
        }

        if (CellReading.LooksLikeDate(cell))
        {
            Fail(ImportCodes.CellNotANumber, cell.At, $"Ett datum i värdekolumnen ({cell.Text.Trim()}): fel cell?", $"A date in the value column ({cell.Text.Trim()}): the wrong cell?");
        }
        else
        {
            Fail(ImportCodes.CellNotANumber, cell.At, $"Inte ett tal: {cell.Text.Trim()}.", $"Not a number: {cell.Text.Trim()}.");
        }

        return null;
    }

    private LocalizedText? Text(GridCell? swedish, GridCell? english, string pointer)
    {
        if (swedish is null)
        {
            if (english is not null)
            {
                Fail(ImportCodes.InvalidCell, english.At, "En text på engelska utan svensk text; skriv den svenska först.", "A text in English without Swedish; write the Swedish first.");
            }

            return null;
        }

        Place(swedish, pointer);
        return english is null ? new LocalizedText(swedish.Text) : new LocalizedText(swedish.Text, english.Text);
    }

    private static CommitmentStatus? Status(string text)
    {
        var t = text.Trim();
        foreach (var status in Enum.GetValues<CommitmentStatus>())
        {
            var name = StateNames.Of(status);
            var code = char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];
            if (t.Equals(name.Swedish, StringComparison.OrdinalIgnoreCase) || t.Equals(name.English, StringComparison.OrdinalIgnoreCase) || t.Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return null;
    }

    private void Place(GridCell? cell, string pointer)
    {
        if (cell is not null)
        {
            _cells[pointer] = cell.At;
        }
    }

    private bool Fail(string code, SheetCell? at, string swedish, string english)
    {
        _diagnostics.Add(new SheetDiagnostic(SheetDiagnostics.Error(code, swedish, english), at));
        return false;
    }
}
