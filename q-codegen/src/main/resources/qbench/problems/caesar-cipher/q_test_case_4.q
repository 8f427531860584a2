result:solve[enlist "q";26];
show result;
