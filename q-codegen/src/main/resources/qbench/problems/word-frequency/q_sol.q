solve:{[s] desc count each group `$" " vs s}
