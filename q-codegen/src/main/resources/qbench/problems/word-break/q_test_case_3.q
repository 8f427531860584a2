result:solve["catsandog";("cats";"dog";"sand";"and";"cat")];
show result;
