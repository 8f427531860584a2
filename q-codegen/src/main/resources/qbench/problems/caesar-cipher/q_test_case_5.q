result:solve["a b";25];
show result;
