using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Generation;

/// <summary>A call made up by the generator, before it is given an id and written.</summary>
internal sealed record GeneratedCall(
    string? Priority, CallType Type, Instant Logged, Instant? FirstResponse, Instant? Resolved, Instant? HoldStart, Instant? HoldEnd, string Service, string Category);
