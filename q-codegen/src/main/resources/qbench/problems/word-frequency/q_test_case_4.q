result:solve["b a b c b c"];
show result;
