/// An amount of money in whole Swedish kronor.
///
/// Money is never a floating-point number in granska. Amounts read from respondents, from
/// Kammarkollegiet's rekvisitioner and the reweighted amounts are all whole kronor. Where a true
/// fraction is needed (the justeringsfaktor J = T/S) it is kept as an exact ``Fraction``.
public typealias Kronor = Int64
