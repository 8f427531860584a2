result:solve[enlist 37];
show result;
