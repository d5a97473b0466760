/// What arithmetic on quantities can refuse.
public enum QuantityError: Error, Sendable, Equatable {
    /// Adding, subtracting, comparing or converting across dimensions.
    case dimensionMismatch(operation: String, Dimension, Dimension)
    /// Dividing by zero, or by a range that contains zero.
    case divisionByZero
    /// A result that is infinite or not a number.
    case notFinite(operation: String)
    /// A power whose exponent has a unit, or a fractional power of a unit.
    case invalidPower(String)
    /// A range whose low bound is above its high bound.
    case reversedRange
}
