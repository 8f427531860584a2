solve:{[p;s] w:`$" " vs s; $[(count p)<>count w; 0b; (p?p)~w?w]}
