result:solve["aaaa";((enlist "a");"aa")];
show result;
