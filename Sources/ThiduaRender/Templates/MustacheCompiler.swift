/// Turns parsed templates into closures for one page-model type.
///
/// Every name is resolved here, against the types of the values the
/// sections around it stand in: a page then renders with fields read at
/// known offsets, and no name is split, looked up or cast. Names resolve
/// as in swift-mustache, which rendered the theme first:
/// - the first part of `a.b.c` is looked for in the innermost value that
///   has it, then outwards; the other parts only in what the first gave;
/// - a field that is there but nil counts as missing, and the name climbs
///   on to the outer values (a nil `url` of a list item finds the page's);
/// - a name no value has renders nothing, and opens its inverted section,
///   so an edited theme naming a field that does not exist still builds;
/// - a standalone partial tag's indentation starts every line the partial
///   prints after a line break (per template, item by item, not within one
///   value's text).
final class MustacheCompiler {
    private let templates: [String: [MustacheToken]]
    /// Partials compiled per place (types around it, indentation), so a
    /// recursive partial refers to itself instead of compiling forever.
    private var partials: [String: PartialBody] = [:]
    private var partialDepth = 0

    private final class PartialBody { var step: MustacheStep = { _ in } }

    init(templates: [String: [MustacheToken]]) { self.templates = templates }

    /// The template `name` for values of `kind`; nil if there is no such template.
    func compile(template name: String, for kind: TemplateKind) -> MustacheStep? {
        templates[name].map { compile($0, stack: [kind], indentation: "") }
    }

    /// One template's tokens (a template, a section's text, a partial),
    /// rendered with the values of `stack` open.
    func compile(_ tokens: [MustacheToken], stack: [TemplateKind], indentation: String) -> MustacheStep {
        var steps: [MustacheStep] = []
        var text: [UInt8] = []
        func flushText() {
            guard !text.isEmpty else { return }
            let bytes = text
            steps.append { run in run.out.bytes.append(contentsOf: bytes) }
            text = []
        }
        for token in tokens {
            if case .text(let string) = token {
                text += Array(string.utf8)
                // With an indentation every text token is a step of its own: a line break ends it.
                if !indentation.isEmpty { flushText() }
                continue
            }
            flushText()
            steps.append(compile(token, stack: stack, indentation: indentation))
        }
        flushText()
        if !indentation.isEmpty { return Self.indenting(steps, Array(indentation.utf8)) }
        switch steps.count {
        case 0: return { _ in }
        case 1: return steps[0]
        default: return { run in for step in steps { step(&run) } }
        }
    }

    /// A step's output starts with the indentation when it follows a line
    /// break that this template printed.
    private static func indenting(_ steps: [MustacheStep], _ indentation: [UInt8]) -> MustacheStep {
        { run in
            let start = run.out.bytes.count
            for step in steps {
                let before = run.out.bytes.count
                let atLineStart = before > start && run.out.bytes[before - 1] == UInt8(ascii: "\n")
                step(&run)
                if atLineStart, run.out.bytes.count > before {
                    run.out.bytes.insert(contentsOf: indentation, at: before)
                }
            }
        }
    }

    private func compile(_ token: MustacheToken, stack: [TemplateKind], indentation: String) -> MustacheStep {
        switch token {
        case .text(let string):
            let bytes = Array(string.utf8)
            return { run in run.out.bytes.append(contentsOf: bytes) }
        case .variable(let name, let escaped):
            return lookup(name, stack, use: { $0.interpolation(escaped: escaped) }, absent: nil)
        case .section(let name, inverted: false, let body):
            return lookup(name, stack, use: { kind in
                kind.section { pushed in self.compile(body, stack: stack + (pushed.map { [$0] } ?? []), indentation: indentation) }
            }, absent: nil)
        case .section(let name, inverted: true, let body):
            let absent = compile(body, stack: stack, indentation: indentation)
            return lookup(name, stack, use: { kind in
                kind.invertedSection { pushed in self.compile(body, stack: stack + (pushed.map { [$0] } ?? []), indentation: indentation) }
            }, absent: absent)
        case .partial(let name, let own):
            return partial(name, stack: stack, indentation: indentation + (own ?? ""))
        }
    }

    private func partial(_ name: String, stack: [TemplateKind], indentation: String) -> MustacheStep {
        guard let tokens = templates[name], partialDepth < 64 else { return { _ in } }
        let key = ([name, indentation] + stack.map { "\(ObjectIdentifier($0).hashValue)" }).joined(separator: "\u{0}")
        if let known = partials[key] { return { run in known.step(&run) } }
        let body = PartialBody()
        partials[key] = body
        partialDepth += 1
        body.step = compile(tokens, stack: stack, indentation: indentation)
        partialDepth -= 1
        let step = body.step
        return step
    }

    /// Where a name is looked for: in the value at `frame`, then along `rest`.
    private struct Candidate {
        var frame: Int
        var first: TemplateAccess?
        var rest: MustacheUse
    }

    /// Resolves `name` against the types of `stack` and renders with `use`
    /// on the value found, or `absent` when there is none.
    private func lookup(_ name: MustacheName, _ stack: [TemplateKind], use: (TemplateKind) -> MustacheUse,
                        absent: MustacheStep?) -> MustacheStep {
        let top = stack.count - 1
        var candidates: [Candidate] = []
        if name.path.isEmpty {
            // `.` is the current value; an empty name with transforms would
            // be swift-mustache's list position (`index()`), not supported.
            if name.text == "." || name.transforms.isEmpty {
                candidates.append(Candidate(frame: top, first: nil, rest: chain([], from: stack[top], name.transforms, use, absent)))
            }
        } else {
            let frames = name.anchored ? [top] : Array((0...top).reversed())
            for frame in frames {
                guard let first = stack[frame].field(named: name.path[0]) else { continue }
                candidates.append(Candidate(frame: frame, first: first.access,
                                            rest: chain(name.path.dropFirst(), from: first.kind, name.transforms, use, absent)))
            }
        }
        switch candidates.count {
        case 0:
            return absent ?? { _ in }
        case 1:
            let only = candidates[0]
            guard let first = only.first else { return { run in only.rest(run.frames[only.frame], &run) } }
            return { run in
                if !first.with(run.frames[only.frame], &run, only.rest) { absent?(&run) }
            }
        default:
            return { run in
                for candidate in candidates {
                    let frame = run.frames[candidate.frame]
                    guard let first = candidate.first else { candidate.rest(frame, &run); return }
                    if first.with(frame, &run, candidate.rest) { return }
                }
                absent?(&run)
            }
        }
    }

    /// The rest of a dotted name and its transforms, from a value of `kind`.
    private func chain(_ parts: ArraySlice<String>, from kind: TemplateKind, _ transforms: [String],
                       _ use: (TemplateKind) -> MustacheUse, _ absent: MustacheStep?) -> MustacheUse {
        var accesses: [TemplateAccess] = []
        var kind = kind
        for part in parts {
            guard let field = kind.field(named: part) else { return { _, run in absent?(&run) } }
            accesses.append(field.access)
            kind = field.kind
        }
        for transform in transforms.reversed() {
            guard let field = kind.transform(transform) else { return { _, run in absent?(&run) } }
            accesses.append(field.access)
            kind = field.kind
        }
        var tail = use(kind)
        for access in accesses.reversed() {
            let next = tail
            tail = { pointer, run in
                if !access.with(pointer, &run, next) { absent?(&run) }
            }
        }
        return tail
    }
}
