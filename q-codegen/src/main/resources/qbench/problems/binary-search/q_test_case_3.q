result:solve[enlist 5;5];
show result;
