namespace IndicadoresServicio.Warehousing.Accounts;

/// <summary>An account request that cannot be done (name taken, unknown user, weak password); its message is Spanish.</summary>
public sealed class AccountException(string message) : Exception(message);
