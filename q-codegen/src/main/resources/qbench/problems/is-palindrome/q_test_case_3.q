result:solve[enlist "x"];
show result;
