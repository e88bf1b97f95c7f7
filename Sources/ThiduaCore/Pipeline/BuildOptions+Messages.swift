extension BuildOptions {
    /// The messages of a command over this content: in the `--lang`
    /// language, else site.yml's, from the first theme that has them.
    public func messages(fileSystem fs: FileSystem) -> MessageCatalogue {
        MessageCatalogue.load(MessageCatalogue.language(flag: language, contentPath: contentPath, fileSystem: fs),
                              themeCandidates: themeCandidates + messageThemes, fileSystem: fs)
    }
}
