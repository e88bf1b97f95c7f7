/// Every message thidua prints, by key. The texts are in the theme's
/// catalogues, `i18n/messages.vi.yml` and `messages.en.yml`, under the
/// case's name, in the same order and sections as here; a test checks that
/// both have every key and no other, and that code uses every key.
public enum MessageKey: String, CaseIterable, Hashable, Sendable, Codable {
    // Diagnostics and their pieces.
    case warningPrefix
    case didYouMean
    case moreProblemsNotShown

    // Sources/ThiduaCore/Model/YAMLFields.swift
    case keyRequired
    case mustBeText
    case keyEmpty
    case dateRequired
    case dateInvalid
    case boolInvalid
    case numberInvalid
    case listInvalid
    case unknownKey

    // Sources/ThiduaCore/FileSystem/DiskFileSystem.swift
    case fileNotFound
    case notOrdinaryFile
    case cannotReadFile
    case cannotListFolder
    case cannotCreateLockFile
    case cannotLockFile
    case cannotWriteFile
    case cannotCreateFolder
    case cannotRemove
    case cannotRename

    // Sources/ThiduaCore/FileSystem/MemoryFileSystem.swift
    case nothingToRename

    // Sources/ThiduaCore/Render/RenderStage.swift
    case twoPagesOnePath
    case twoImagesOnePath
    case reportNotRendered
    case publishNotMap
    case publishHostInvalid
    case publishUserInvalid
    case publishPathInvalid
    case publishWholeNumber

    // Sources/ThiduaCore/Render/UIStrings.swift
    case themeNoUIStrings
    case uiStringNotText

    // Sources/ThiduaCore/Render/Templates/TemplateLibrary.swift
    case themeNoTemplate
    case templateUnclosedSection
    case templateUnreadable

    // Sources/ThiduaCore/Scaffold/CampaignScaffold.swift
    case campaignFolderInvalid
    case campaignExists

    // Sources/ThiduaCore/Pipeline/Pipeline.swift
    case noBaseURL

    // Sources/ThiduaCore/Pipeline/Preview.swift
    case unexpectedError

    // Sources/ThiduaCore/Model/SnapshotReader.swift
    case snapshotFileName
    case headerColumnTwice
    case metricColumnTaken
    case metricHasNoColumn
    case metricColumnAmbiguous

    // Sources/ThiduaCore/Model/GrantsReader.swift
    case awardsColumnsMissing
    case grantNoAward
    case grantUnknownAward
    case grantNoUnit
    case grantUnitAmbiguous
    case grantUnknownUnit
    case grantBadDate
    case grantTwice

    // Sources/ThiduaCore/Model/PlanFiguresReader.swift
    case planFigureNotMap
    case planFigureUnknownId
    case planFigureNeedsValue
    case planFigureBadValue
    case planFigureNoSnapshot
    case planFigureUnknownGroup

    // Sources/ThiduaCore/Model/FrontMatter.swift
    case planTooLarge
    case planNoFrontMatter
    case frontMatterNotClosed

    // Sources/ThiduaCore/Model/RulesReader.swift
    case groupNeedsIdName
    case groupIdInvalid
    case groupIdUsedTwice
    case bracketBoundsNotRising
    case bracketBoundNotNumber
    case bracketsNeedBounds
    case metricsMissing
    case metricNeedsId
    case metricIdReserved
    case metricIdInvalid
    case metricIdUsedTwice
    case metricsShareColumn
    case toleranceInvalid
    case metricCheckUsesItself
    case indicatorsMissing
    case indicatorNeedsIdFormula
    case indicatorIdReserved
    case indicatorIdInvalid
    case indicatorIdIsMetric
    case indicatorIdUsedTwice
    case weightNegative
    case valueNotAllowed
    case rankingNeedsBy
    case rankingByUnknown
    case rankingByEmpty
    case rankingByTwice
    case rankingByScoreNoWeight

    // Sources/ThiduaCore/Model/YAMLNode.swift
    case yamlAnchors
    case yamlUnreadable
    case yamlKeyNotWord
    case yamlKeyTwice

    // Sources/ThiduaCore/Model/CampaignReader.swift
    case campaignFolderReserved
    case frontMatterNotMap
    case periodBackwards
    case periodMissing
    case bracketMetricUnknown
    case rosterMissing
    case noSnapshots
    case baselineNoSnapshot
    case noSnapshotInPeriod

    // Sources/ThiduaCore/Model/Site.swift
    case siteNotMap
    case baseURLFlagInvalid
    case baseURLInvalid

    // Sources/ThiduaCore/Model/AwardsReader.swift
    case awardNeedsIdName
    case awardIdInvalid
    case awardIdUsedTwice
    case awardTopInvalid
    case awardPerBracketNoBrackets
    case awardUnknownGroup
    case awardDecidedWithTop
    case awardRequireInvalid

    // Sources/ThiduaCore/Model/RosterReader.swift
    case rosterNoIdColumn
    case rosterNoNameColumn
    case rosterNoGroupColumn
    case unitIdInvalid
    case unitIdReserved
    case unitIdTwice
    case unitNoName
    case unitUnknownGroup
    case unitNameIsAlias
    case rosterEmpty

    // Sources/ThiduaCore/Model/TargetsReader.swift
    case targetUnknownKey
    case targetValueAndWhen
    case targetOrWithoutValue
    case targetNeedsValue
    case targetConditionNotText
    case inContext
    case inContext2
    case targetNotText
    case targetInvalid

    // Sources/ThiduaCore/Model/XLSX/XLSXReader.swift
    case xlsxIsXlsOrEncrypted
    case xlsxNotWorkbook
    case xlsxNoSuchSheet
    case xlsxDamaged

    // Sources/ThiduaCore/Model/Checks/CheckRules.swift
    case checkNotRule
    case checkComparesNothing
    case checkNoMetric
    case checkComparesNothingSimple
    case inCheck
    case inCheck2

    // Sources/ThiduaCore/Model/Checks/MarkdownEmphasisCheck.swift
    case emphasisMore

    // Sources/ThiduaCore/Model/Table/CSVTableReader.swift
    case csvUnclosedQuote
    case csvCannotRead
    case csvEmpty

    // Sources/ThiduaCore/Model/Table/DataOptions.swift
    case dataNotMap
    case headerRowInvalid
    case namePrefixNotText

    // Sources/ThiduaCore/Model/Formula/FormulaParser.swift
    case formulaEmpty
    case conditionEmpty
    case formulaConditionNotNumber
    case conditionNumberNotCondition
    case comparisonChained
    case formulaLoneBang
    case formulaDividesByZero
    case formulaTooDeep
    case formulaEndsEarly
    case allTargetsOutsideRequire
    case formulaUnexpectedWord
    case formulaUnexpectedCharacter
    case formulaBadNumber
    case baselineNeedsParenthesis
    case indicatorRefersToItself
    case indicatorDefinedLater

    // Sources/ThiduaCore/Write/OutputLock.swift
    case outputLocked
    case lockFailed

    // Sources/ThiduaCore/Write/CardCache.swift
    case shareImageFailed

    // Sources/ThiduaCore/Write/RemovalGuard.swift
    case noCampaigns
    case campaignsWouldBeRemoved

    // Sources/ThiduaCore/Load/ContentLoader.swift
    case contentNotFound
    case siteYmlMissing
    case folderWithoutPlan
    case themeNotFound
    case fileTooLarge
    case fileLinksOutside

    // Sources/ThiduaCore/Load/SourceFile.swift
    case fileIsUTF16
    case fileNotUTF8
    case fileNameNotUTF8

    // Sources/ThiduaCore/Rank/RankStage.swift
    case grantNotEligible

    // Sources/ThiduaCore/Rank/PlanFigureCheck.swift
    case planFigureNoTotal
    case planFigureDiffers

    // Sources/ThiduaCore/Model/Formula/FormulaParser.swift (continued)
    case formulaUnmatchedClosing
    case formulaExpectedOperator
    case conditionExpectedOperator
    case nounCondition
    case nounFormula
    case formulaUnclosedParenthesis
    case formulaExpectedClosing
    case baselineInDataCheck
    case baselineNeedsDate
    case formulaUnknownMetric
    case formulaUnknownId
    case noneDefined

    // Sources/ThiduaCore/Model/Checks/DataChecks.swift
    case cellPrefix
    case unitLabel
    case figureEquals
    case figureEqualsInputs
    case noData
    case checkFails
    case checkLarger
    case checkSmaller
    case checkNotSmaller
    case checkNotLarger
    case checkDiffers
    case percentagePoint
    case percentagePoints
    case reportedFigureDiffers
    case cumulativeDrops
    case rosterLine
    case unitHasNoRow
    case moreUnitsHaveNoRow

    // Sources/ThiduaCore/Model/SnapshotReader.swift (continued)
    case wordLine
    case wordRow
    case columnWhatUnit
    case columnWhatUnitName
    case headerRowDeclared
    case headerRowTaken
    case noUnitOrNameColumn
    case noUnitColumn
    case ownerUnitNames
    case ownerUnitIds
    case ownerMetric
    case unitIdName
    case unitNameAmbiguous
    case rowHasNoUnitName
    case rowHasNoUnitId
    case unknownUnitNameNoPrefixes
    case unknownUnitName
    case unknownUnitId
    case unitRowTwice
    case excelErrorCell
    case unsavedFormula
    case cellNotNumber
    case cellNumberTooLarge
    case cellNegative

    // Sources/ThiduaCore/Model/Checks/MarkdownEmphasisCheck.swift (continued)
    case emphasisLiteral
    case literalAsterisk
    case literalAsterisks
    case literalUnderscore
    case literalUnderscores
    case wordAsterisk
    case wordUnderscore
    case emphasisSpaced
    case emphasisBetween
    case lineStart
    case lineEnd

    // Sources/ThiduaCore/Write/OutputGuard.swift, WriteStage.swift
    case outputIsRoot
    case outputIsHome
    case outputIsContent
    case outputIsTheme
    case outputIsFile
    case outputNotOurs
    case siteNotWritten
    case siteNotSwapped
    case pathReason

    // Sources/ThiduaCore/Model/Table/HeaderLayout.swift
    case headerRowBeyondData
    case headerRowEmpty

    // Sources/ThiduaCore/Support/Slug.swift
    case slugEmpty
    case slugTooLong
    case slugCharacters

    // Sources/ThiduaCore/Model/YAMLNode.swift (continued)
    case kindScalar
    case kindList
    case kindMapping

    // Sources/ThiduaCore/Write/OutputLock.swift (continued)
    case anotherBuild
    case anotherBuildProcess
    case waitingForBuild

    // Sources/ThiduaCore/Model/GrantsReader.swift (continued)
    case noneDeclared
    case grantPerson

    // Sources/ThiduaCore/Rank/PlanFigureCheck.swift (continued)
    case scopeGroup
    case scopeCampaign
    case planPrints
    case apartPoints
    case apartPercent
    case apartNumber

    // Sources/ThiduaCore/Model/XLSX (damaged workbooks)
    case xlsxPartDamagedAt
    case xlsxMissingSharedString
    case xlsxPartNotUnpacking
    case xlsxPartTooLarge
    case xlsxPartMissing
    case xlsxNoWorkbook
    case xlsxNoSheet
    case xlsxSheetNoPart
    case xlsxSheetMissingPart

    // Where a key or formula is (the {context} of other messages)
    case ctxPlanFigure
    case ctxGroup
    case ctxMetric
    case ctxIndicator
    case ctxNamed
    case ctxFrontMatter
    case ctxAward
    case ctxCheck
    case ctxMetricCheck
    case ctxFormulaOf
    case ctxAwardRequire
    case ctxTargetKey
    case ctxTheCheck
    case ctxQuoted

    // Sources/ThiduaCore/Model/YAMLNode.swift: libyaml's problems
    case yamlProblem
    case yamlProblemInContext
    case yamlColonNotAllowed
    case yamlNoColon
    case yamlNoKey
    case yamlNoValue
    case yamlNoDash
    case yamlNoCloseBracket
    case yamlNoCloseBrace
    case yamlEndOfFile
    case yamlBadCharacter
    case yamlTab
    case yamlBadEscape
    case yamlDashNotAllowed
    case yamlInKey
    case yamlInQuoted
    case yamlInPlain
    case yamlInBlockMapping
    case yamlInBlockList
    case yamlInFlowList
    case yamlInFlowMapping
    case yamlInNode

    // Sources/ThiduaCLI/Thidua.swift, Sources/ThiduaServe, Sources/ThiduaCore/Pipeline/Preview.swift
    case summaryOneError
    case summaryErrors
    case summaryWarnings
    case summaryCards
    case summaryReports
    case buildUnchanged
    case buildDone
    case stageTime
    case stageLoad
    case stageModel
    case stageRank
    case stageChart
    case stageRender
    case stageCards
    case stageReports
    case stageWrite
    case checkOK
    case checkOKWarnings
    case newCreated
    case newNext
    case serveBuildFailed
    case serveRebuilt
    case serveListening
    case previewFailedBanner
    case previewNotFound

    // Sources/ThiduaCore/Load/ContentLoader.swift, RosterReader.swift, TargetsReader.swift, XLSXReader.swift (continued)
    case xlsNotInstalled
    case xlsTimedOut
    case xlsNotConverted
    case xlsHTMLTable
    case xlsNotAWorkbook
    case notSnapshotFile
    case aliasTwice
    case aliasIsName
    case targetGroupsWithoutGroups
    case targetUnknownGroup
    case sheetEmpty
    case sheetEmptyFirstOfSeveral
    case xlsxUnreadable

    // Sources/ThiduaCore/FileSystem/DiskFileSystem.swift (continued)
    case kindFifo
    case kindSocket
    case kindCharacterDevice
    case kindBlockDevice

    // Sources/ThiduaCore/Model/XLSX/XMLEventReader.swift
    case xmlPartEmpty
    case xmlPartTooLarge
    case xmlCannotOpen
    case xmlNotUTF8
    case xmlDoctype

    // Sources/ThiduaCore/Publish/PublishMessage.swift
    case publishNoTarget
    case publishInvalidTo
    case publishInvalidOption
    case publishSiteMissing
    case publishToolMissing
    case publishGzipFailed
    case publishUnreachable
    case publishUnknownHost
    case publishRefused
    case publishConnectTimedOut
    case publishNoRoute
    case publishClosed
    case publishHostKeyUnknown
    case publishHostKeyChanged
    case publishPermissionDenied
    case publishNotWritable
    case publishDiskFull
    case publishRemoteRsyncMissing
    case publishCurrentNotLink
    case publishBusy
    case publishInterrupted
    case publishTimedOut
    case publishUploadFailed
    case publishVerifyFailed
    case publishSSHFailed
    case publishDetail
    case publishNoRelease
    case publishNoPrevious
    case publishWaitingForBuild
    case publishWaitingForOther
    case publishCompressed
    case publishRemovedPartial
    case publishUnchanged
    case publishSending
    case publishSendingChanges
    case publishSendingAll
    case publishUploading
    case publishTimeLeft
    case publishKilobytesPerSecond
    case publishMegabytesPerSecond
    case publishSent
    case publishBytes
    case publishKilobytes
    case publishMegabytes
    case publishLive
    case publishPreviousKept
    case publishPruned
    case publishRolledBack
    case publishReleaseTime

    // Sources/ThiduaCLI/Thidua.swift: the commands' help
    case helpThidua
    case helpContent
    case helpTheme
    case helpLang
    case helpBuild
    case helpOutput
    case helpBaseURL
    case helpNoWait
    case helpAllowEmpty
    case helpAllowRemoval
    case helpCheck
    case helpServe
    case helpHost
    case helpPort
    case helpNew
    case helpSlug
    case helpNewContent
    case helpNewLang
    case helpPublish
    case helpPublishDiscussion
    case helpPublishContent
    case helpPublishOutput
    case helpTo
    case helpSSHPort
    case helpKeep
    case helpSSHConfig
    case helpRollback
    case helpPublishLang

    // Sources/ThiduaCore/Support/Messages/CommandLineText.swift: swift-argument-parser's own words
    case cliOverview
    case cliUsage
    case cliOptions
    case cliArguments
    case cliSubcommands
    case cliSeeSubcommandHelp
    case cliSeeMore
    case cliUsageLine
    case cliHelpLine
    case cliUnknownOptionSuggestion
    case cliUnknownOption
    case cliMissingValue
    case cliMissingArgument
    case cliUnexpectedArgument
    case cliUnexpectedArguments
    case cliInvalidChoice
    case cliInvalidValue
    case cliNoValueTaken
    case cliError
    case cliShowVersion
    case cliShowHelp
    case cliDefault
    case cliAnd
    case cliValues
}
