/// Every file of this stage sees the stages before it (and only those: see Package.swift).
@_exported import ThiduaWrite
