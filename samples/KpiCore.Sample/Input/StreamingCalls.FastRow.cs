using System.Buffers.Binary;
using System.Runtime.InteropServices;
using KpiCore.Sample.Input.Formats;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>The span path of the streaming calls reader.</summary>
internal static partial class StreamingCalls
{
    /// <summary>
    /// The span path of one row (a call of the file's line, its organisation the call's): true results only for a row that <see cref="CallsFormat.Parse"/> would load with no
    /// problem and the same call; null for any other row (the caller reads it with <see cref="CallsFormat.Parse"/>).
    /// </summary>
    private sealed class FastRow
    {
        // "incident" as a little-endian 8-byte word.
        private static readonly ulong Incident = BinaryPrimitives.ReadUInt64LittleEndian("incident"u8);

        private readonly NameCache _organisations = new();
        private readonly NameCache _services = new();
        private readonly NameCache _categories = new();

        private readonly List<Interval> _holds = [];
        private char[] _id = new char[32];
        private string? _service;
        private string? _category;

        /// <summary>
        /// Reads the row into <paramref name="call"/>, whose id and on-hold intervals point into this reader's buffers
        /// (valid until the next row); false for a row the string path must read.
        /// </summary>
        internal bool TryRead(in CsvFields fields, Context c, NameBook names, out CallFields call)
        {
            call = default;
            if (!Ascii(fields, c.Id, out ReadOnlySpan<byte> idText) || idText.IsEmpty
                || !Name(fields, c.Organisation, out string? organisation, _organisations, names, owner: null) || organisation is null
                || !ReadType(fields, c.Type, out CallType type)
                || !ReadPriority(fields, c.Priority, type, out Priority priority)
                || !Ascii(fields, c.Logged, out ReadOnlySpan<byte> loggedText) || !TryInstant(loggedText, c, out Instant logged)
                || !Ascii(fields, c.Resolved, out ReadOnlySpan<byte> resolvedText)
                || !Ascii(fields, c.FirstResponse, out ReadOnlySpan<byte> responseText)
                || !Ascii(fields, c.Hold, out ReadOnlySpan<byte> holdText))
            {
                return false;
            }

            Instant? resolved = null;
            if (!resolvedText.IsEmpty)
            {
                if (!TryInstant(resolvedText, c, out Instant r))
                {
                    return false;
                }

                resolved = r;
            }

            Instant? firstResponse = null;
            if (!responseText.IsEmpty)
            {
                if (!TryInstant(responseText, c, out Instant f) || f < logged || (resolved is Instant r && f > r))
                {
                    return false; // a warning: the string path writes it
                }

                firstResponse = f;
            }

            _holds.Clear();
            if (!holdText.IsEmpty && !TryHolds(holdText, c, _holds))
            {
                return false;
            }

            string? service = null;
            if (c.Service >= 0 && !Name(fields, c.Service, out service, _services, names, organisation))
            {
                return false;
            }

            if (!Name(fields, c.Category, out string? category, _categories, names, owner: null, other: true))
            {
                return false;
            }

            // An id of ASCII bytes (checked above), trimmed and not empty: the same characters as the decoded field's, and
            // not white space, so CallFields' own check never throws here.
            if (_id.Length < idText.Length)
            {
                _id = new char[Math.Max(idText.Length, 2 * _id.Length)];
            }

            System.Text.Ascii.ToUtf16(idText, _id, out int length);
            _service = service;
            _category = category;
            call = new CallFields(_id.AsSpan(0, length), organisation, priority, type, logged, resolved, firstResponse, CollectionsMarshal.AsSpan(_holds));
            return true;
        }

        /// <summary>The <see cref="Call"/> of the row just read (for a problem or a sink that keeps calls).</summary>
        internal Call ToCall(in CallFields call) => call.ToCall(_service, _category);

        /// <summary>A field's trimmed bytes when it is ASCII (absent column: empty); false for a field to decode (or not valid UTF-8).</summary>
        private static bool Ascii(in CsvFields fields, int index, out ReadOnlySpan<byte> text)
        {
            if (index < 0 || index >= fields.Count)
            {
                text = default;
                return true;
            }

            if (fields.AllAscii)
            {
                text = CsvFieldParsers.TrimAscii(fields[index]);
                return true;
            }

            return CsvFieldParsers.TryTrimAscii(fields[index], out text);
        }

        private static bool TryInstant(ReadOnlySpan<byte> text, Context c, out Instant instant) =>
            c.Instants.TryParse(text, out instant) && SupportedRange.Contains(instant);

        private static bool ReadType(in CsvFields fields, int index, out CallType type)
        {
            type = CallType.Incident;
            if (!Ascii(fields, index, out ReadOnlySpan<byte> text))
            {
                return false;
            }

            // "incident" in any case, the common type, as one 8-byte compare: its bytes are all letters, and a byte ORed
            // with 0x20 is a lower-case letter only when it was that letter in either case.
            if (text.IsEmpty || (text.Length == 8 && (BinaryPrimitives.ReadUInt64LittleEndian(text) | 0x2020_2020_2020_2020) == Incident))
            {
                return true;
            }

            if (System.Text.Ascii.EqualsIgnoreCase(text, "service-request"u8))
            {
                type = CallType.ServiceRequest;
                return true;
            }

            if (System.Text.Ascii.EqualsIgnoreCase(text, "problem"u8))
            {
                type = CallType.Problem;
                return true;
            }

            type = CallType.Change;
            return System.Text.Ascii.EqualsIgnoreCase(text, "change"u8);
        }

        private static bool ReadPriority(in CsvFields fields, int index, CallType type, out Priority priority)
        {
            priority = default;
            if (!Ascii(fields, index, out ReadOnlySpan<byte> text))
            {
                return false;
            }

            if (text.IsEmpty)
            {
                return type is not (CallType.Incident or CallType.ServiceRequest);
            }

            return CsvFieldParsers.TryParsePriority(text, out priority);
        }

        private static bool TryHolds(ReadOnlySpan<byte> text, Context c, List<Interval> holds)
        {
            while (!text.IsEmpty)
            {
                int semicolon = text.IndexOf((byte)';');
                ReadOnlySpan<byte> part = semicolon < 0 ? text : text[..semicolon];
                text = semicolon < 0 ? default : text[(semicolon + 1)..];
                CsvFieldParsers.TryTrimAscii(part, out part);
                if (part.IsEmpty)
                {
                    continue;
                }

                int slash = part.IndexOf((byte)'/');
                if (slash < 0 || part[(slash + 1)..].Contains((byte)'/'))
                {
                    return false;
                }

                CsvFieldParsers.TryTrimAscii(part[..slash], out ReadOnlySpan<byte> startText);
                CsvFieldParsers.TryTrimAscii(part[(slash + 1)..], out ReadOnlySpan<byte> endText);
                if (!TryInstant(startText, c, out Instant start) || !TryInstant(endText, c, out Instant end) || end < start)
                {
                    return false;
                }

                holds.Add(new Interval(start, end));
            }

            return true;
        }

        /// <summary>
        /// A name field through the book (an organisation, a service of <paramref name="owner"/>, or another name), cached
        /// by its bytes; null when blank. False when it is not valid UTF-8 (the string path warns or rejects).
        /// </summary>
        private static bool Name(in CsvFields fields, int index, out string? name, NameCache cache, NameBook names, string? owner, bool other = false)
        {
            name = null;
            if (index < 0 || index >= fields.Count)
            {
                return true;
            }

            ReadOnlySpan<byte> raw = fields[index];
            if (raw.IsEmpty)
            {
                return true; // blank (never flagged: only a non-empty field can be other than UTF-8)
            }

            if (!fields.AllAscii && fields.IsNotUtf8(index))
            {
                return false;
            }

            if (cache.TryGet(raw, owner, out string cached))
            {
                name = cached;
                return true;
            }

            string text = fields.GetString(index).Trim();
            if (text.Length == 0)
            {
                return true;
            }

            name = owner is not null ? names.Service(owner, text) : other ? names.Other(text) : names.Organisation(text);
            if (name is not null)
            {
                cache.Add(raw, owner, name);
            }

            return true;
        }
    }
}
