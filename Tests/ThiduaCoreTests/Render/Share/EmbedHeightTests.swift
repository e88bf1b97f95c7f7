import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// The snippet's height counts a chart drawn for any width at its own
/// height, and a viewBox chart at the column's width.
struct EmbedHeightTests {
    @Test func aFluidChartIsAsHighAsItSays() {
        let svg = "<svg height=\"56\" class=\"fluid\" role=\"img\">\n<text>x</text></svg>"
        #expect(EmbedHeight.fluidHeight(svg) == 56)
        #expect(EmbedHeight.fluidHeight("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 52\">") == nil)
        // A fixed-width file is not fluid: its viewBox scales.
        #expect(EmbedHeight.fluidHeight("<svg width=\"800\" height=\"56\" viewBox=\"0 0 800 56\">") == nil)
        #expect(EmbedHeight.viewBox("<svg viewBox=\"0 0 360 52\">")! == (360, 52))
        // Only the root tag counts: a child's width and height are the child's.
        #expect(EmbedHeight.fluidHeight("<svg viewBox=\"0 0 9 9\"><rect width=\"100%\" height=\"5\"/></svg>") == nil)
        #expect(EmbedHeight.fluidHeight("<svg width=\"100%\"><rect height=\"5\"/></svg>") == nil)
        #expect(EmbedHeight.fluidHeight("<svg height=\"4") == nil)
    }
}
