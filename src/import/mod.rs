//! Import: a request someone already has (an `aliyun` command, a signed URL,
//! an HTTP request, JSON, one of our own snippets, a share link or an API
//! error response) read back into parameters. (Being written.)
